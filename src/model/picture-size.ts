/**
 * Model: how large a picture residents read (the muster point's map, `assets.map`) is printed.
 * Shared by the layout, which sizes it (layout/picture-fit.ts), and the loader, which warns of a
 * map with too few pixels for that size (load/campaign-images.ts `pictureTooSmall`).
 */

/** The fewest dots per inch a picture residents read (the map) prints sharp at. */
export const PICTURE_DPI = 150;
/**
 * The least the map is printed on its longer side where the page has the room (layout/picture-fit.ts):
 * a muster point's map a few centimetres wide cannot be read on a wall.
 */
export const MIN_PICTURE_MM = 100;
