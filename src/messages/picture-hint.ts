/**
 * Messages: what to do instead of a picture no document prints (a muster point's map, qa40 M5):
 * a QR code to a picture online is no map on the wall, so printing it apart comes first. Said by
 * the load stage (a campaign's `assets` no document prints) and the template stage (a picture in
 * the text): kept here, so the template stage does not load the image checks (and their child
 * process) for one sentence (review 42 #8).
 */
import { msg } from './message.js';

export const PICTURE_HINT = msg`No document prints a picture: print it (a map, a diagram) on a sheet of its own and hand it out with the notice, writing "(sơ đồ kèm theo)" in the text; or put it online and write its address (it gets a QR code).`;
