/** Services, their documents and categories in the database, and the importers that fill them. */
@NullMarked
package org.fineprint.server.registry;

import org.jspecify.annotations.NullMarked;
