/**
 * The staff's desk: built-in views, filters and sorts in the address, saved views, and the one
 * request search that answers the desk and the API list with who-may-see-what inside the query.
 */
package org.hubdesk.request.desk;
