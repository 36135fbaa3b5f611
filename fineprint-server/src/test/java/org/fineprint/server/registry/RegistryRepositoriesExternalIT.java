package org.fineprint.server.registry;

import org.fineprint.server.ExternalDatabaseTest;

@ExternalDatabaseTest
class RegistryRepositoriesExternalIT extends RegistryRepositoriesContract {
}
