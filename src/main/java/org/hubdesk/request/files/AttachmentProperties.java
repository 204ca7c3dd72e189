package org.hubdesk.request.files;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachments: the largest file the hub accepts and the content types it accepts (as sniffed from
 * the file's bytes, never as the browser declares them).
 */
@ConfigurationProperties("hubdesk.attachments")
public record AttachmentProperties(@DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue({ "image/jpeg", "image/png", "application/pdf", "text/plain" }) List<String> allowedTypes) {
}
