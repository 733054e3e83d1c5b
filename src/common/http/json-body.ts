import secureJson from 'secure-json-parse';

/** Deeper bodies are refused: no request of ours nests this deep, and recursion would overflow. */
export const MAX_JSON_DEPTH = 32;

export class JsonBodyError extends Error {
  override name = 'FastifyError';
  readonly statusCode = 400;

  constructor(
    readonly code: 'FST_ERR_CTP_INVALID_JSON_BODY' | 'KNTC_JSON_TOO_DEEP',
    message: string,
  ) {
    super(message);
  }
}

/** Iterative (never recursive) depth of a parsed JSON value. */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    max = Math.max(max, depth);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

/** Fastify content-type parser for application/json: prototype poisoning and depth refused. */
export function parseJsonBody(text: string): unknown {
  let value: unknown;
  try {
    value = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    throw new JsonBodyError('FST_ERR_CTP_INVALID_JSON_BODY', 'invalid JSON body');
  }
  if (jsonDepth(value) > MAX_JSON_DEPTH) {
    throw new JsonBodyError('KNTC_JSON_TOO_DEEP', 'JSON body nested too deeply');
  }
  return value;
}
