import { validateCouponEndpoint } from "@/lib/api/commerce-endpoints";
import { validateCoupon } from "@/lib/commerce/coupons/validate-coupon";
import { handle } from "@/lib/http/handle";

export const POST = handle(validateCouponEndpoint, ({ body, actor }) => validateCoupon({ ...body, actor }));
