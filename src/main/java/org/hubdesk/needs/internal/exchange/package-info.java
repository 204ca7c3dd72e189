/**
 * The needs assessment in the REFI-QDA exchange formats: the codebook as a {@code .qdc} file, written
 * in one hub language and read back by GUID ({@link org.hubdesk.needs.internal.exchange.QdcCodebook}),
 * and the whole project as a {@code .qdpx} file ({@link org.hubdesk.needs.internal.exchange.QdpxProject}).
 * Plain Java on small records: the module's services feed them from its entities.
 */
package org.hubdesk.needs.internal.exchange;
