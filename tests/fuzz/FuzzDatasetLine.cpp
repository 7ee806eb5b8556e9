// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the dataset line parser and validator. Besides "no crash, no sanitizer report" it
// checks properties: a document round-trips byte for byte, our JsonNode parser accepts whatever simdjson
// accepted, and a parsed line survives serialize/parse unchanged. TestFuzzRegressions replays the inputs
// kept in tests/fuzz/regressions/FuzzDatasetLine and the seed corpus through this same function.
#include "core/dataset/ChatExample.h"
#include "core/dataset/JsonNode.h"
#include "core/dataset/JsonlDocument.h"
#include "core/validation/DatasetValidator.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "FuzzDatasetLine property violated: %s\n", what);
        std::abort();
    }
}

bool hasParseError(const QList<Fts::Core::ValidationIssue> &issues)
{
    for (const auto &issue : issues) {
        if (issue.kind == QLatin1String("invalid_json") || issue.kind == QLatin1String("invalid_utf8"))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Fts::Core;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    // The whole input as a file: lossless, and every line validated under both rule sets.
    JsonlDocument document;
    document.setData(input);
    check(document.toByteArray() == input, "document round trip");
    for (const auto ruleSet : {DatasetValidator::RuleSet::OpenAi, DatasetValidator::RuleSet::Cookbook}) {
        const ValidationReport report = DatasetValidator(ruleSet).validate(document);
        check(report.validExamples >= 0 && report.validExamples <= report.examples, "valid example count");
        for (qsizetype i = 1; i < report.issues.size(); ++i)
            check(report.issues.at(i - 1).line <= report.issues.at(i).line, "issues in line order");
    }

    // The input as one line (LFs included: simdjson treats them as whitespace).
    const QList<ValidationIssue> issues = DatasetValidator().validateLine(input, 1);
    JsonParseError error;
    const std::optional<JsonNode> node = JsonNode::parse(input, &error);
    if (!hasParseError(issues))
        check(node.has_value(), "JsonNode accepts what simdjson accepts");
    if (node) {
        const QByteArray compact = node->toJson();
        const std::optional<JsonNode> again = JsonNode::parse(compact);
        check(again.has_value(), "serialized JSON parses");
        check(again->toJson() == compact, "serialization is stable");
        check(*again == *node, "parse(serialize(x)) == x");
        check(again->toJson(JsonNode::Style::Indented).size() >= compact.size(), "indented output");
        // Edits through the schema keep the rest of the example intact.
        ChatExample example(*node);
        if (example.format() == DatasetFormat::Chat || example.format() == DatasetFormat::Preference) {
            const QList<ChatMessage> messages = example.messages();
            ChatExample copy = example;
            copy.setMessages(messages);
            if (messages.size() == example.messageCount() && example.messageCount() > 0)
                check(copy.toJson() == example.toJson(), "setMessages(messages()) is a no-op");
            for (const ChatMessage &message : messages) {
                (void)message.text();
                (void)message.weight();
                (void)message.imageCount();
            }
        }
    } else {
        check(error.offset >= 0 && error.offset <= input.size(), "error offset inside the input");
        check(!error.message.isEmpty(), "error message");
    }
    return 0;
}
