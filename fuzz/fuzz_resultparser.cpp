// Fuzz harness: the DescribeInvocationResults body parser must read any bytes without crashing,
// and either return a page or a failure a person can read.
#include "results/resultparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ib::parseResultsPage(body);

    if (const auto *failure = std::get_if<ib::ParseFailure>(&parsed)) {
        if (failure->message.isEmpty())
            std::abort(); // every failure must reach a person as a sentence
        return 0;
    }
    const ib::ResultsPage &page = std::get<ib::ResultsPage>(parsed);
    for (const ib::InvocationResult &result : page.results) {
        if (!result.outputPresent && !result.output.isEmpty())
            std::abort(); // output bytes without an Output key
    }
    return 0;
}
