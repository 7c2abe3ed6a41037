import * as E from 'fp-ts/Either';

/** JSON.parse as a value: the parse error message on the left, never a throw. */
export const parseJson = (text: string): E.Either<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text);
    return E.right(value);
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
};
