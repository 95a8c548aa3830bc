import rule from "../../rules/from-untrusted-registry.js";
import { cases } from "./harness.js";

const trusted = { trustedRegistries: ["registry.example.com", "docker.io", "*.gcr.io"] };

cases(rule, {
  valid: [
    { code: "FROM quay.io/x/y:1\n", name: "inert without trustedRegistries" },
    { code: "FROM ubuntu:22.04\n", settings: trusted },
    { code: "FROM docker.io/library/ubuntu:22.04\n", settings: trusted },
    { code: "FROM index.docker.io/library/ubuntu:22.04\n", settings: trusted },
    { code: "FROM registry.example.com/team/app:1.0\n", settings: trusted },
    { code: "FROM eu.gcr.io/p/app:1.0\n", settings: trusted },
    { code: "FROM scratch\n", settings: { trustedRegistries: ["registry.example.com"] } },
    { code: "FROM registry.example.com/go:1 AS build\nFROM build\n", settings: { trustedRegistries: ["registry.example.com"] } },
    { code: "FROM $BASE\n", settings: { trustedRegistries: ["registry.example.com"] } },
  ],
  invalid: [
    { code: "FROM quay.io/org/app:1.0\n", settings: trusted, findings: [{ line: 1, column: 6, endColumn: 13, message: 'registry "quay.io" is not in trustedRegistries (registry.example.com, docker.io, *.gcr.io)' }] },
    { code: "FROM ubuntu:22.04\n", settings: { trustedRegistries: ["registry.example.com"] }, findings: [{ line: 1, column: 6, endColumn: 18, message: /comes from docker.io/ }] },
    { code: "ARG REG=ghcr.io\nFROM $REG/org/app:1\n", settings: trusted, findings: [{ line: 2, column: 6, endColumn: 20 }] },
    { code: "FROM alpine:3 AS a\nonbuild run true\nfrom \\\n  localhost:5000/x:1\n", settings: trusted, findings: [{ line: 4, column: 3, endColumn: 17 }] },
  ],
});
