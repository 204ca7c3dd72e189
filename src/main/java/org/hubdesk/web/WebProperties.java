package org.hubdesk.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The shared UI's settings: the time zone shown to people who have not chosen one. */
@ConfigurationProperties("hubdesk.web")
public record WebProperties(@DefaultValue("UTC") String defaultTimeZone) {
}
