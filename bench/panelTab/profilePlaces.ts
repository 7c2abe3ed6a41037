import type { HeapProfiler, Profiler, Runtime } from 'node:inspector';
import type { Place } from './sourcePlaces';

/**
 * Each frame of a profile with its place, walking the call tree so that a builtin (`toLowerCase`,
 * `join`, DOM calls: frames without a script) is billed to the function that called it: "21 % of
 * the heap allocated by toLowerCase" says nothing, "by toLowerCase in deriveRow" says where to look.
 * The map is keyed by the frame objects themselves, one per node, as profile readers receive them.
 */

const ENGINE_OWN = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

const isBuiltin = (frame: Runtime.CallFrame): boolean => frame.url === '' && !ENGINE_OWN.has(frame.functionName);

const placeIn = (frame: Runtime.CallFrame, caller: Place | null, placeOf: (frame: Runtime.CallFrame) => Place): Place =>
  isBuiltin(frame) && caller !== null ? { file: caller.file, name: `${frame.functionName || '(anonymous)'} in ${caller.name}` } : placeOf(frame);

/** The place a builtin's own callees inherit: its caller's, so chains of builtins still lead to script. */
const callerFor = (frame: Runtime.CallFrame, place: Place, caller: Place | null): Place | null => (isBuiltin(frame) ? caller : ENGINE_OWN.has(frame.functionName) ? null : place);

export const cpuPlaces = (profile: Profiler.Profile, placeOf: (frame: Runtime.CallFrame) => Place): Map<Runtime.CallFrame, Place> => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const places = new Map<Runtime.CallFrame, Place>();
  const root = profile.nodes[0];
  const stack: [Profiler.ProfileNode, Place | null][] = root === undefined ? [] : [[root, null]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, caller] = item;
    const place = placeIn(node.callFrame, caller, placeOf);
    places.set(node.callFrame, place);
    for (const child of node.children ?? []) {
      const next = byId.get(child);
      if (next !== undefined) stack.push([next, callerFor(node.callFrame, place, caller)]);
    }
  }
  return places;
};

export const heapPlaces = (profile: HeapProfiler.SamplingHeapProfile, placeOf: (frame: Runtime.CallFrame) => Place): Map<Runtime.CallFrame, Place> => {
  const places = new Map<Runtime.CallFrame, Place>();
  const stack: [HeapProfiler.SamplingHeapProfileNode, Place | null][] = [[profile.head, null]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, caller] = item;
    const place = placeIn(node.callFrame, caller, placeOf);
    places.set(node.callFrame, place);
    for (const child of node.children) stack.push([child, callerFor(node.callFrame, place, caller)]);
  }
  return places;
};
