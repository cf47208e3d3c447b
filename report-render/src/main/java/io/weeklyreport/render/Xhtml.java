package io.weeklyreport.render;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/**
 * Reads the XHTML our templates produce into a DOM for the writers. No DTD is loaded and no external
 * entity is resolved: a template cannot make rendering read files or reach the network.
 */
public final class Xhtml {
    public static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

    private Xhtml() {
    }

    public static Document parse(String xhtml) throws RenderException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new RenderException("the template made malformed XHTML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new RenderException("XHTML cannot be read: " + e.getMessage(), e);
        }
    }
}
