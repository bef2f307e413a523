import { deleteMyPhotoEndpoint, putMyPhotoEndpoint } from "@/lib/api/me-endpoints";
import { handle } from "@/lib/http/handle";
import { removeProfilePhoto, setProfilePhoto } from "@/lib/profile/set-profile-photo";

export const PUT = handle(putMyPhotoEndpoint, ({ actor, upload }) => setProfilePhoto(actor.userId, upload));
export const DELETE = handle(deleteMyPhotoEndpoint, ({ actor }) => removeProfilePhoto(actor.userId));
