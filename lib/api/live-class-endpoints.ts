import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { pageOf, pageQuery } from "@/lib/http/pagination";
import { joinLiveClassResult, myLiveClassDto } from "@/lib/live-classes/live-class-dto";

export const joinLiveClassEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/live-classes/{id}/join",
  operationId: "joinLiveClass",
  summary: "The Zoom join link of a class of an enrolled course; records the participation",
  description:
    "Only for an active enrollment in the class's course (anyone else: 404). Open from 15 minutes before the start until the end, " +
    "or while the meeting runs; otherwise 409 with `details.reason` (`not_open_yet`, `ended`, `cancelled`) and `details.joinOpensAt`.",
  tags: ["Learning"],
  access: "user",
  params: z.object({ id: z.uuid() }),
  response: joinLiveClassResult,
  errors: ["not_found", "conflict"],
  rateLimit: { bucket: "live_class.join", limit: 60, windowSeconds: 60 },
});

export const listMyLiveClassesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me/live-classes",
  operationId: "listMyLiveClasses",
  summary: "Upcoming and running live classes of my enrolled courses, soonest first (no join links)",
  tags: ["Me"],
  access: "user",
  query: pageQuery,
  response: pageOf(myLiveClassDto),
});
