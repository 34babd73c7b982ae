package org.tori.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.tori.platform.i18n.Texts;
import org.tori.platform.text.Decimals;

/** A decimal field that takes "1,5" and "1.5" alike and shows "4" rather than "4.0000" (see {@link Decimals}). */
@FacesConverter("tori.decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Decimals.parse(value).orElseThrow(() -> {
            var text = Texts.get(context.getViewRoot().getLocale(), "decimal.invalid");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return Decimals.format(value, context.getViewRoot().getLocale());
    }
}
