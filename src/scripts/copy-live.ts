// Loaded by address when a reader reaches for a copy button (copy-boot.ts): wires every copy
// button of the page as it is evaluated.
import { enhanceCopyLinks } from './copy-links.ts';

enhanceCopyLinks();
