/** Review pages: the "report a problem" form and the curator area ({@code /admin}). */
@NullMarked
package org.fineprint.server.review.web;

import org.jspecify.annotations.NullMarked;
