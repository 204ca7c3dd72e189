/**
 * Requests: intake, the lifecycle (in the {@link org.hubdesk.request.HelpRequest} aggregate),
 * messages, the timeline, attachments, the staff's work and the desk.
 * <p>
 * What other modules may use is declared by named interfaces on the types of this package:
 * {@code request::api} (the aggregate, its values and the services that change it through its
 * guarded methods: {@link org.hubdesk.request.Requests}, {@link org.hubdesk.request.RequestWork},
 * {@link org.hubdesk.request.Attachments}, who may read what: {@link org.hubdesk.request.RequestAccess}),
 * {@code request::events} (what happened to a request, for listeners) and {@code request::spi}
 * (what a module contributes: page panels and timeline kinds). A module declares
 * {@code allowedDependencies} on those names and sees nothing else; the sub-packages (desk, work,
 * files, canned, web, api, internal) are the module's own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package org.hubdesk.request;
