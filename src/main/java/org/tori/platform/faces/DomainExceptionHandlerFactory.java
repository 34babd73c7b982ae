package org.tori.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class DomainExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DomainExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DomainExceptionHandler(getWrapped().getExceptionHandler());
    }
}
