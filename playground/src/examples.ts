/**
 * The examples menu: small Dockerfiles with the mistakes people make in their first images. Written for
 * the playground (not taken from any corpus); each one trips several rules, some with fixes.
 */
export interface Example {
  id: string;
  title: string;
  text: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: "node-app",
    title: "Node.js app, first try",
    text: `FROM node
MAINTAINER Jane Doe <jane@example.com>
WORKDIR app
ADD . .
RUN npm install
EXPOSE 3000/TCP
CMD npm start
`,
  },
  {
    id: "apt-get",
    title: "Ubuntu with apt-get",
    text: `FROM ubuntu:latest
RUN apt-get update
RUN apt-get install python3 python3-pip curl
RUN cd /opt && curl -fsSL https://example.com/install.sh | sh
ENV LANG C.UTF-8
CMD python3 /opt/app/main.py
`,
  },
  {
    id: "python",
    title: "Python service with pip",
    text: `FROM python:3.12-slim
ENV API_TOKEN=changeme
COPY requirements.txt app.py /srv
RUN pip install flask gunicorn
RUN sudo useradd app
USER app
CMD gunicorn -b 0.0.0.0:8000 app:app
`,
  },
  {
    id: "multi-stage",
    title: "Multi-stage Go build",
    text: `from golang:1.22 as Build
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server

FROM alpine
RUN apk add ca-certificates
COPY --from=build /out/server /usr/local/bin/server
CMD ["server"]
CMD ["server", "--debug"]
`,
  },
  {
    id: "alpine",
    title: "Alpine with a piped installer",
    text: `FROM --platform=$BUILDPLATFORM alpine:3.20
ARG VERSION
RUN apk add --update curl bash
RUN wget -qO- https://example.com/setup.sh | bash
COPY config.yml /etc/app/
ENTRYPOINT /usr/local/bin/app --config /etc/app/config.yml
`,
  },
];
