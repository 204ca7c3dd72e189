/**
 * The knowledge base: multilingual articles with a language fallback chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base")
package org.hubdesk.knowledge;
