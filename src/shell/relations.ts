/**
 * Back-links from nodes to their containers. They are stored under
 * non-enumerable symbol keys so that the public tree stays acyclic for
 * `JSON.stringify`, `Object.keys` and deep-equality helpers, while lookups
 * stay O(1) and cheap for the garbage collector (no WeakMap ephemerons).
 * @internal
 * @module
 */
import type { AndOrList, Pipeline, SimpleCommand } from "./types.js";

const PIPELINE: unique symbol = Symbol("shipshape.shell.pipeline");
const CHAIN: unique symbol = Symbol("shipshape.shell.andOr");

interface WithPipeline {
  [PIPELINE]?: Pipeline;
}
interface WithChain {
  [CHAIN]?: AndOrList;
}

/** Records the pipeline that directly contains a simple command. */
export function setPipelineOf(cmd: SimpleCommand, pipeline: Pipeline): void {
  Object.defineProperty(cmd, PIPELINE, { value: pipeline, enumerable: false, writable: true, configurable: true });
}

/** The pipeline that directly contains a simple command. */
export function getPipelineOf(cmd: SimpleCommand): Pipeline | undefined {
  return (cmd as WithPipeline)[PIPELINE];
}

/** Records the and-or list that contains a pipeline. */
export function setChainOf(pipeline: Pipeline, chain: AndOrList): void {
  Object.defineProperty(pipeline, CHAIN, { value: chain, enumerable: false, writable: true, configurable: true });
}

/** The and-or list that contains a pipeline. */
export function getChainOf(pipeline: Pipeline): AndOrList | undefined {
  return (pipeline as WithChain)[CHAIN];
}
