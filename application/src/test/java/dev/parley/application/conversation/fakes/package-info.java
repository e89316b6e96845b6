/** In-memory fakes of the conversation ports and the contract tests every implementation must pass (shipped in the test-jar). */
package dev.parley.application.conversation.fakes;
