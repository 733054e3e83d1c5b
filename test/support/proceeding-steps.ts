import { act, type ResolutionTeam } from '../factories/resolution.factory';
import type { TestApp } from './test-app';

/**
 * Runs the actions of one proceeding (`/complaints/:id` or `/denunciations/:id`) in order, each
 * with the version the previous one returned, and asserts its status (the body is shown when the
 * status differs, so a failing step names its error).
 */
export function proceedingSteps(t: TestApp, team: ResolutionTeam, base: string, version: number) {
  let current = version;
  const step = async (
    who: keyof ResolutionTeam,
    path: string,
    body: object = {},
    status = 200,
  ): Promise<Record<string, any>> => {
    const res = await act(t, team[who], `${base}${path}`, { version: current, ...body });
    expect({ path, status: res.status, body: res.status === status ? null : res.body }).toEqual({
      path,
      status,
      body: null,
    });
    current = (res.body as { version: number }).version;
    return res.body as Record<string, any>;
  };
  return { step, version: () => current };
}
