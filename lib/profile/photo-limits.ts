/** Largest accepted profile photo upload (before resizing). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
