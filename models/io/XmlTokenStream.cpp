#include "XmlTokenStream.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <mutex>

namespace dtr {

namespace {

// Input handed to libxml2 per call: small enough that the pending tokens stay small, large
// enough that the per-call overhead does not show.
constexpr qsizetype Slice = 256 * 1024;

QByteArrayView view(const unsigned char *s)
{
    return s ? QByteArrayView(reinterpret_cast<const char *>(s),
                              qsizetype(std::strlen(reinterpret_cast<const char *>(s))))
             : QByteArrayView();
}

} // namespace

struct XmlTokenStream::Parser
{
    xmlSAXHandler sax{};
    xmlParserCtxtPtr context = nullptr;
    ~Parser()
    {
        if (context)
            xmlFreeParserCtxt(context);
    }
};

XmlTokenStream::XmlTokenStream(QByteArrayView data)
    : XmlTokenStream(Source([data, from = qsizetype(0)]() mutable {
        const QByteArrayView slice = data.sliced(from, std::min(Slice, data.size() - from));
        from += slice.size();
        return slice;
    }))
{}

XmlTokenStream::XmlTokenStream(Source source)
    : m_source(std::move(source))
    , m_parser(std::make_unique<Parser>())
{
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });

    xmlSAXHandler &sax = m_parser->sax;
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = [](void *self, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                            int namespaces, const xmlChar **ns, int attributes, int defaulted, const xmlChar **values) {
        onStartElement(self, localname, prefix, uri, namespaces, ns, attributes, defaulted, values);
    };
    sax.endElementNs = [](void *self, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
        onEndElement(self, localname, prefix, uri);
    };
    sax.characters = [](void *self, const xmlChar *text, int size) { onCharacters(self, text, size); };
    sax.ignorableWhitespace = sax.characters;
    sax.cdataBlock = sax.characters;
    sax.internalSubset = [](void *self, const xmlChar *name, const xmlChar *externalId, const xmlChar *systemId) {
        onDoctype(self, name, externalId, systemId);
    };
    // libxml2 2.9 declares the structured handler without const.
    sax.serror = [](void *self, xmlErrorPtr error) { onError(self, error); };

    // The first bytes go to the constructor: libxml2 detects the encoding from them.
    m_pending = m_source();
    const int head = int(std::min<qsizetype>(4, m_pending.size()));
    m_parser->context = xmlCreatePushParserCtxt(&sax, this, m_pending.data(), head, nullptr);
    m_pending = m_pending.sliced(head);
    if (!m_parser->context) {
        fail(QStringLiteral("libxml2 could not create a parser"), 0, 0);
        return;
    }
    // No XML_PARSE_NOENT (entities are never substituted), no XML_PARSE_DTDLOAD/DTDATTR (no
    // external subset is ever loaded), no network; libxml2 prints nothing itself.
    xmlCtxtUseOptions(m_parser->context, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    m_items.reserve(4096);
    m_arena.reserve(2 * Slice);
}

XmlTokenStream::~XmlTokenStream() = default;

XmlTokenStream::Token XmlTokenStream::next()
{
    while (m_next >= m_items.size()) {
        if (m_finished) {
            if (m_items.empty())
                push(EndDocument);
            m_current = m_items.size() - 1;
            return m_items[m_current].token;
        }
        m_items.clear();
        m_attributes.clear();
        m_arena.resize(0); // keeps the capacity: the arena is reused batch after batch
        m_next = 0;
        refill();
    }
    m_current = m_next++;
    return m_items[m_current].token;
}

void XmlTokenStream::refill()
{
    xmlParserCtxtPtr context = m_parser->context;
    if (!context) {
        m_finished = true;
        return;
    }
    int status;
    if (m_pending.isEmpty())
        m_pending = m_source();
    if (!m_pending.isEmpty()) {
        const qsizetype n = std::min(Slice, m_pending.size());
        status = xmlParseChunk(context, m_pending.data(), int(n), 0);
        m_pending = m_pending.sliced(n);
    } else {
        status = xmlParseChunk(context, nullptr, 0, 1);
        m_finished = true;
    }
    if (m_stopped) {
        m_finished = true;
        return;
    }
    if (status != 0 || (m_finished && !context->wellFormed)) {
        const xmlError *last = xmlCtxtGetLastError(context);
        fail(last && last->message ? QString::fromUtf8(last->message).trimmed()
                                   : QStringLiteral("not well-formed (libxml2 error %1)").arg(status),
             last             ? last->line
             : context->input ? context->input->line
                              : 0,
             last ? last->int2 : 0);
        return;
    }
    if (m_finished)
        push(EndDocument);
}

void XmlTokenStream::push(Token token, const unsigned char *name)
{
    Item item;
    item.token = token;
    item.name = name;
    if (const xmlParserCtxtPtr context = m_parser->context; context && context->input) {
        item.line = context->input->line;
        item.column = context->input->col;
    }
    m_items.push_back(item);
}

void XmlTokenStream::fail(const QString &message, qint64 line, qint64 column)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_finished = true;
    m_errorMessage = message;
    Item item;
    item.token = Error;
    item.line = line;
    item.column = column;
    m_items.push_back(item);
    if (m_parser->context)
        xmlStopParser(m_parser->context);
}

void XmlTokenStream::onStartElement(void *self, const unsigned char *localname, const unsigned char *,
                                    const unsigned char *, int, const unsigned char **, int attributes, int,
                                    const unsigned char **values)
{
    auto *s = static_cast<XmlTokenStream *>(self);
    s->push(StartElement, localname);
    Item &item = s->m_items.back();
    item.firstAttribute = qsizetype(s->m_attributes.size());
    item.attributes = attributes;
    for (int i = 0; i < attributes; ++i) {
        const unsigned char *const *a = values + 5 * i; // localname, prefix, URI, value, end
        QByteArrayView value(reinterpret_cast<const char *>(a[3]), a[4] - a[3]);
        const qsizetype at = s->m_arena.size();
        // Without entity substitution libxml2 hands an '&' in an attribute value on as "&#38;"
        // (for a tree to resolve later); there is no tree here, so it is resolved now. Every '&'
        // in the value arrives in that form, so the replacement is exact.
        if (value.contains("&#38;"))
            s->m_arena.append(value.toByteArray().replace("&#38;", "&"));
        else
            s->m_arena.append(value);
        s->m_attributes.push_back({a[0], at, s->m_arena.size() - at});
    }
}

void XmlTokenStream::onEndElement(void *self, const unsigned char *localname, const unsigned char *,
                                  const unsigned char *)
{
    static_cast<XmlTokenStream *>(self)->push(EndElement, localname);
}

void XmlTokenStream::onCharacters(void *self, const unsigned char *text, int size)
{
    auto *s = static_cast<XmlTokenStream *>(self);
    // Text arrives in pieces (around references, at slice ends); adjacent pieces become one token.
    if (s->m_items.empty() || s->m_items.back().token != Characters ||
        s->m_items.back().text + s->m_items.back().size != s->m_arena.size()) {
        s->push(Characters);
        s->m_items.back().text = s->m_arena.size();
    } else if (const xmlParserCtxtPtr context = s->m_parser->context; context->input) {
        s->m_items.back().line = context->input->line;
        s->m_items.back().column = context->input->col;
    }
    s->m_arena.append(reinterpret_cast<const char *>(text), size);
    s->m_items.back().size += size;
}

void XmlTokenStream::onDoctype(void *self, const unsigned char *, const unsigned char *, const unsigned char *)
{
    // Stopped before the internal subset is parsed: no entity is ever declared.
    auto *s = static_cast<XmlTokenStream *>(self);
    s->push(Doctype);
    s->m_stopped = true;
    s->m_finished = true;
    xmlStopParser(s->m_parser->context);
}

void XmlTokenStream::onError(void *self, const void *error)
{
    const auto *e = static_cast<const xmlError *>(error);
    if (e->level < XML_ERR_ERROR)
        return; // a warning
    static_cast<XmlTokenStream *>(self)->fail(e->message ? QString::fromUtf8(e->message).trimmed()
                                                         : QStringLiteral("libxml2 error %1").arg(e->code),
                                              e->line, e->int2);
}

QByteArrayView XmlTokenStream::name() const
{
    return view(m_items[m_current].name);
}

QByteArrayView XmlTokenStream::text() const
{
    const Item &item = m_items[m_current];
    return QByteArrayView(m_arena.constData() + item.text, item.size);
}

bool XmlTokenStream::isWhitespace() const
{
    for (char c : text())
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

int XmlTokenStream::attributeCount() const
{
    return m_items[m_current].token == StartElement ? m_items[m_current].attributes : 0;
}

QByteArrayView XmlTokenStream::attributeName(int i) const
{
    return view(m_attributes[size_t(m_items[m_current].firstAttribute + i)].name);
}

QByteArrayView XmlTokenStream::attributeValue(int i) const
{
    const Attribute &a = m_attributes[size_t(m_items[m_current].firstAttribute + i)];
    return QByteArrayView(m_arena.constData() + a.value, a.size);
}

bool XmlTokenStream::hasAttribute(QLatin1StringView name) const
{
    for (int i = 0; i < attributeCount(); ++i)
        if (attributeName(i) == QByteArrayView(name.data(), name.size()))
            return true;
    return false;
}

QByteArrayView XmlTokenStream::attribute(QLatin1StringView name) const
{
    for (int i = 0; i < attributeCount(); ++i)
        if (attributeName(i) == QByteArrayView(name.data(), name.size()))
            return attributeValue(i);
    return {};
}

qint64 XmlTokenStream::lineNumber() const
{
    return m_items.empty() ? 0 : m_items[m_current].line;
}

qint64 XmlTokenStream::columnNumber() const
{
    return m_items.empty() ? 0 : m_items[m_current].column;
}

} // namespace dtr
