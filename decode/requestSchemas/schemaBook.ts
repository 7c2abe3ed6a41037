import type { CompiledSchema } from './compileSchema';
import { compileSchema } from './compileSchema';
import { jsonSchemaOfOpenApi } from './openApiSchema';

/**
 * The request's schemas, each compiled the first time a value needs it and kept for the rest of
 * the exchange; and which unreadable schemas were already reported (one warning each, not one per
 * call that used it).
 */
export class SchemaBook {
  private readonly compiled = new Map<object, CompiledSchema>();
  private readonly reported = new Set<object>();

  /** `owner` is the tool or output contract the schema belongs to. */
  schemaOf(owner: object, schema: unknown, openApi: boolean): CompiledSchema {
    const known = this.compiled.get(owner);
    if (known !== undefined) return known;
    const made = compileSchema(openApi ? jsonSchemaOfOpenApi(schema) : schema);
    this.compiled.set(owner, made);
    return made;
  }

  /** True the first time only: whether this owner's unreadable schema is still to be reported. */
  firstReport(owner: object): boolean {
    if (this.reported.has(owner)) return false;
    this.reported.add(owner);
    return true;
  }
}
