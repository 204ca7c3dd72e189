package org.hubdesk.request.files;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachments: the largest file the hub accepts, the most all the files of one form may weigh
 * together, and the content types it accepts (as sniffed from the file's bytes, never as the
 * browser declares them). The application enforces these limits, so a refused file brings its form
 * back with everything typed; the container's multipart limits ({@code spring.servlet.multipart.*})
 * are set above them and only cap what it reads at all.
 */
@ConfigurationProperties("hubdesk.attachments")
public record AttachmentProperties(@DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue({ "image/jpeg", "image/png", "application/pdf", "text/plain" }) List<String> allowedTypes,
		@DefaultValue("100MB") DataSize maxTotalSize) {
}
