/**
 * Output stage: a document task's answer as it crosses a worker thread. Errors are structured-
 * cloned as plain Errors (their class and fields lost), so a UserError — a problem the office
 * can fix, named with its file and field — travels as data and is rebuilt as a UserError.
 */
import { isUserError, type UserErrorData, userErrorData, userErrorFrom } from '../errors.js';

export type Carried<T> = { value: T } | { userError: UserErrorData };

/** `task` as a worker's entry: its UserErrors returned as data. */
export function carryingUserErrors<A, R>(
  task: (arg: A) => Promise<R>,
): (arg: A) => Promise<Carried<R>> {
  return async (arg) => {
    try {
      return { value: await task(arg) };
    } catch (e) {
      if (isUserError(e)) return { userError: userErrorData(e) };
      throw e;
    }
  };
}

/** The task's value, or its UserError thrown again on this side. */
export function uncarried<T>(answer: Carried<T>): T {
  if ('userError' in answer) throw userErrorFrom(answer.userError);
  return answer.value;
}
