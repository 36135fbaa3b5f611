/** Server-rendered HTML pages (Thymeleaf) over read-only repositories. */
@NullMarked
package org.fineprint.server.publish.web;

import org.jspecify.annotations.NullMarked;
