/**
 * Back-links from nodes to their containers, kept outside the (acyclic,
 * JSON-serializable) tree.
 * @internal
 * @module
 */
import type { AndOrList, Pipeline, SimpleCommand } from "./types.js";

/** Pipeline that directly contains a simple command. */
export const pipelineOfCommand = new WeakMap<SimpleCommand, Pipeline>();

/** And-or list that contains a pipeline. */
export const chainOfPipeline = new WeakMap<Pipeline, AndOrList>();
