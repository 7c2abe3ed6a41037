import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';

/**
 * A CDP `Profiler.stop` profile of the panel page summed up by function: self time (the samples in
 * the function itself) and total time (the samples with the function anywhere on the stack, counted
 * once per sample), for a build without minification, where the names are the source's.
 */

const CallFrame = t.type({ functionName: t.string, url: t.string, lineNumber: t.number });
const ProfileNode = t.intersection([t.type({ id: t.number, callFrame: CallFrame }), t.partial({ children: t.array(t.number) })]);
const Profile = t.intersection([
  t.type({ nodes: t.array(ProfileNode), startTime: t.number, endTime: t.number }),
  t.partial({ samples: t.array(t.number), timeDeltas: t.array(t.number) }),
]);

export interface FunctionTime {
  readonly name: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

const nameOf = (frame: t.TypeOf<typeof CallFrame>): string => {
  const file = frame.url.split('/').pop() ?? '';
  return `${frame.functionName === '' ? '(anonymous)' : frame.functionName}${file === '' ? '' : ` ${file}:${frame.lineNumber + 1}`}`;
};

export function functionTimes(raw: unknown): FunctionTime[] {
  const decoded = Profile.decode(raw);
  if (!isRight(decoded)) throw new Error('not a CPU profile');
  const { nodes, samples = [], timeDeltas = [] } = decoded.right;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  samples.forEach((id, index) => {
    // Each sample stands for the time until the next one.
    const ms = (timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined) return;
    const leaf = nameOf(node.callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame !== undefined) onStack.add(nameOf(frame));
    }
    for (const name of onStack) total.set(name, (total.get(name) ?? 0) + ms);
  });
  return [...total].map(([name, totalMs]) => ({ name, selfMs: self.get(name) ?? 0, totalMs }));
}
