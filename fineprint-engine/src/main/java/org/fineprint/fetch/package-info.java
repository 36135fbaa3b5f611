/** Fetch: bytes from the web (plain HTTP or headless Chromium) or from files, safely and politely. */
@NullMarked
package org.fineprint.fetch;

import org.jspecify.annotations.NullMarked;
