#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace dtr {

// Pulls the tokens of an XML document out of libxml2's SAX2 push parser, one slice of input at
// a time, as UTF-8 views: no tree is built and nothing is converted to UTF-16, which is what lets
// a snapshot load at the speed of libxml2's own streaming reader.
//
// Hostile input: the network is off, entities are never substituted, and a document type
// declaration (<!DOCTYPE …>) stops the parser before its internal subset is read, so no entity
// is ever declared, expanded or fetched. The caller refuses the document at the Doctype token.
class XmlTokenStream
{
public:
    enum Token { StartElement, EndElement, Characters, Doctype, EndDocument, Error };

    // Hands out the document a slice at a time; an empty slice ends it. A slice stays valid
    // until the next call.
    using Source = std::function<QByteArrayView()>;

    explicit XmlTokenStream(QByteArrayView data);
    explicit XmlTokenStream(Source source);
    ~XmlTokenStream();
    XmlTokenStream(const XmlTokenStream &) = delete;
    XmlTokenStream &operator=(const XmlTokenStream &) = delete;

    // The next token; Error and EndDocument repeat once reached. Views returned by the accessors
    // below stay valid until the next call.
    Token next();

    // Local name of the element (StartElement, EndElement); names are interned by libxml2 and
    // stay valid for the stream's lifetime.
    QByteArrayView name() const;
    // Text (Characters); predefined entities and character references are resolved.
    QByteArrayView text() const;
    // Whether the text holds only XML white space.
    bool isWhitespace() const;

    // Attributes of the StartElement, by local name (namespace declarations are not attributes).
    int attributeCount() const;
    QByteArrayView attributeName(int i) const;
    QByteArrayView attributeValue(int i) const;
    bool hasAttribute(QLatin1StringView name) const;
    QByteArrayView attribute(QLatin1StringView name) const;

    // Where the current token ends (1-based), or for Error where the error was found.
    qint64 lineNumber() const;
    qint64 columnNumber() const;
    // libxml2's message for Error (English).
    QString errorMessage() const { return m_errorMessage; }

private:
    struct Attribute
    {
        const unsigned char *name;
        qsizetype value;
        qsizetype size;
    };
    struct Item
    {
        Token token;
        const unsigned char *name = nullptr; // interned
        qsizetype text = 0;                  // offset in m_arena
        qsizetype size = 0;
        qsizetype firstAttribute = 0;
        int attributes = 0;
        qint64 line = 0;
        qint64 column = 0;
    };

    void refill();
    void push(Token token, const unsigned char *name = nullptr);
    void appendText(const unsigned char *text, int size);
    void fail(const QString &message, qint64 line, qint64 column);

    static void onStartElement(void *self, const unsigned char *localname, const unsigned char *prefix,
                               const unsigned char *uri, int namespaces, const unsigned char **ns, int attributes,
                               int defaulted, const unsigned char **values);
    static void onEndElement(void *self, const unsigned char *localname, const unsigned char *prefix,
                             const unsigned char *uri);
    static void onCharacters(void *self, const unsigned char *text, int size);
    static void onDoctype(void *self, const unsigned char *name, const unsigned char *externalId,
                          const unsigned char *systemId);
    static void onError(void *self, const void *error);

    Source m_source;
    QByteArrayView m_pending; // of the current slice, not yet given to libxml2
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    std::vector<Item> m_items;
    std::vector<Attribute> m_attributes;
    QByteArray m_arena;
    size_t m_current = 0; // the token last returned
    size_t m_next = 0;
    bool m_finished = false; // no more tokens will come from the parser
    bool m_stopped = false;  // by an error or a DTD
    QString m_errorMessage;
};

} // namespace dtr
