// The only reader of process.env. Every setting Lantern takes from the environment is listed here.

export interface LanternConfig {
  /** LANTERN_DB: path of the embedded SQLite database. Default ./data/lantern.db. */
  dbPath: string;
  /** PORT: HTTP port of `lantern serve` and `npm start`. Default 8080. */
  port: number;
  /** HOST: address the server binds to. Default 127.0.0.1 (loopback). */
  host: string;
  /** LANTERN_PG_URL: PostgreSQL connection string, when the PostgreSQL store is used. */
  pgUrl: string | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): LanternConfig {
  const port = Number(env.PORT ?? 8080);
  return {
    dbPath: env.LANTERN_DB ?? 'data/lantern.db',
    port: Number.isInteger(port) && port > 0 && port < 65536 ? port : 8080,
    host: env.HOST ?? '127.0.0.1',
    pgUrl: env.LANTERN_PG_URL ?? null,
  };
}
