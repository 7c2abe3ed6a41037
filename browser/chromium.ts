/**
 * Debian's Chromium (package `chromium`), which loads unpacked extensions from the command line.
 * A shell wrapper around /usr/lib/chromium/chromium; it prints a harmless "[: unexpected operator".
 */
export const CHROMIUM = '/usr/bin/chromium';
