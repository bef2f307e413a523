type RouteHandler<C> = (req: Request, ctx: C) => Promise<Response>;

/**
 * Marks a route's every answer `Cache-Control: no-store`. For the token endpoints, which are public
 * (no actor, so handle() does not add it) yet return credentials that no cache may keep.
 */
export function withNoStore<C>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (req, ctx) => {
    const res = await handler(req, ctx);
    res.headers.set("cache-control", "no-store");
    return res;
  };
}
