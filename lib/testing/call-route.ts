type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response>;

/** Calls a Next route handler in-process, as Next would, and returns status, headers and JSON. */
export async function callRoute(
  handler: Handler,
  url: string,
  init: RequestInit & { params?: Record<string, string | string[]> } = {},
) {
  const { params = {}, ...requestInit } = init;
  const response = await handler(new Request(new URL(url, "http://localhost:3000"), requestInit), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  // Tests read arbitrary JSON shapes; an untyped record keeps assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, json: json as Record<string, any>, text };
}
