/** What Fineprint tracks: document types and Open Terms Archive declarations of where and how to read them. */
@NullMarked
package org.fineprint.registry;

import org.jspecify.annotations.NullMarked;
