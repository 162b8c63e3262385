/**
 * Messages: where a picture goes that the office put where nothing prints it (a muster point's
 * map in the notice's text, or under an unknown field of `assets`, qa40 M5): `assets.map`. Said by
 * the load stage (a campaign's `assets` no document prints) and the template stage (a picture in
 * the text): kept here, so the template stage does not load the image checks (and their child
 * process) for one sentence (review 42 #8).
 */
import { msg } from './message.js';

export const PICTURE_HINT = msg`A picture is printed from the campaign's "assets" only: write it there as "map: { file: so-do.png, caption: Sơ đồ điểm tập kết }" (the file beside campaign.yaml), and it prints on the flyer and on the notice's annex page; take the picture out of the text.`;
