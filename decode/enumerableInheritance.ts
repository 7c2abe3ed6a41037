/**
 * Whether Object.prototype has an enumerable property, which only a script that polluted it adds.
 * `for...in` is V8's fastest way through an object's keys and values (it reads them through the
 * object's enum cache; Object.keys and Object.values allocate an array per object), but it also
 * visits inherited enumerable keys: walks over JSON.parse's objects, which inherit from
 * Object.prototype alone, use it only while this is false. Asked once per walk, not per object.
 */
export const prototypeHasEnumerableKeys = (): boolean => {
  for (const _key in Object.prototype) return true;
  return false;
};
