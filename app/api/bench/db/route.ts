import { benchDatabase } from "@/lib/bench/bench-routes";

export const dynamic = "force-dynamic";
export const GET = benchDatabase;
