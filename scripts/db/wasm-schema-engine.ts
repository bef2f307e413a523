import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createMigrationAdapterFactory } from "./pg-migration-adapter.ts";

export type SchemaFile = [path: string, content: string];
export type OpenSchemaEngine = { engine: SchemaEngine; close(): Promise<void> };

const require = createRequire(import.meta.url);
// One wasm instance per evaluation of the glue module, which caches views of the instance's
// memory: re-binding it to a second instance would corrupt them. Kept on globalThis because
// test runners may evaluate this file several times while Node shares the glue module.
const instances = ((globalThis as Record<symbol, unknown>)[Symbol.for("mmso.schema-engine-wasm")] ??=
  new WeakMap<object, Promise<typeof glue>>()) as WeakMap<object, Promise<typeof glue>>;

/**
 * Instantiates Prisma's schema engine compiled to WebAssembly (the package's own entry point
 * imports the .wasm as an ES module, which Node 20 cannot do).
 */
function loadGlue(): Promise<typeof glue> {
  const loaded = instances.get(glue);
  if (loaded) return loaded;
  const loading = (async () => {
    // The package exports only its JS entry points: find the .wasm next to the glue.
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const imports: Record<string, unknown> = { ...glue };
    // The engine arms 10 s timers (connection timeouts) that would keep Node alive after the
    // work is done; unref them so scripts and test workers can exit.
    for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    // A Rust panic reports its message here before the wasm call traps.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => process.stderr.write(`[schema-engine] panic: ${message}\n`),
    };
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  instances.set(glue, loading);
  return loading;
}

/** The engine's version: the prisma-engines commit it was built from. */
export async function engineVersion(): Promise<string> {
  return (await loadGlue()).version();
}

/**
 * Opens the wasm schema engine on the live database at `url` (the engine connects on creation,
 * even for schema-to-schema work). Always call close(): it ends every pool and drops shadow databases.
 */
export async function openSchemaEngine(url: string, schemaFiles: SchemaFile[]): Promise<OpenSchemaEngine> {
  const { SchemaEngine } = await loadGlue();
  const factory = createMigrationAdapterFactory(url);
  const log = (message: string) => {
    if (process.env.DEBUG) process.stderr.write(`[schema-engine] ${message}\n`);
  };
  try {
    const engine = await SchemaEngine.new(
      { datamodels: schemaFiles.length > 0 ? schemaFiles : undefined },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return {
      engine,
      async close() {
        engine.free();
        await factory.close();
      },
    };
  } catch (error) {
    await factory.close();
    throw error;
  }
}
