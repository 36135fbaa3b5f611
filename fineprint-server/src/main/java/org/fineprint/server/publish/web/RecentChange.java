package org.fineprint.server.publish.web;

/**
 * A document that changed lately, as the home page lists it.
 *
 * @param service the service's card
 * @param type the document type id
 * @param typeName e.g. "Privacy Policy"
 * @param changed when its text last changed
 */
record RecentChange(ServiceCard service, String type, String typeName, DisplayDate changed) {
}
