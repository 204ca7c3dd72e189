package org.hubdesk.request;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What a module adds to the kinds of timeline entries: a bean of this type names the kinds the module
 * records on requests' timelines. Keys must be unique across all contributions; the application does
 * not start otherwise.
 */
@NamedInterface("spi")
public interface TimelineKinds {

	/** The module's kinds. */
	List<? extends TimelineKind> kinds();
}
