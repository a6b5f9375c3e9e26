/**
 * The colours of compared routes, in the order they were chosen (the table's columns): apart on
 * the map's land and water and in print, for the common colour blindnesses too (after Okabe–Ito),
 * and of different lightness so that a grey print still tells them apart.
 */
export const COMPARE_COLOURS = ['#0b5fa5', '#d55e00', '#00856a', '#a3307c'] as const;
/** The same hues, brighter, for the projector's dark ground. */
export const COMPARE_COLOURS_CONTRAST = ['#6cb8ff', '#ff8c42', '#3ee0b0', '#f28ad8'] as const;
