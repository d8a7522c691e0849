// The shipping service's API, generated from its OpenAPI document by `npm run api-types`: do not edit.

export interface paths {
    "/shipping/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standard and express prices for a parcel
         * @description Standard shipping is free from a subtotal of 50.
         */
        get: {
            parameters: {
                query: {
                    /** @description ISO 3166-1 alpha-2 of the destination */
                    country: string;
                    /** @description the parcel's weight */
                    weight_grams: number;
                    /** @description the order's subtotal: standard shipping may be free */
                    subtotal?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            options: {
                                /** @enum {unknown} */
                                method: "standard" | "express";
                                /** @description decimal, 0 when free */
                                price: number;
                                /** @description business days in transit */
                                days: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shipments/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's shipment and its tracking history (the order's owner, an admin or a service) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description an id as returned by this API */
                    order_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description an id as returned by this API */
                            shipment_id: string;
                            /** @description an id as returned by this API */
                            order_id: string;
                            carrier: string;
                            tracking_number: string;
                            /** @enum {unknown} */
                            status: "created" | "dispatched" | "delivered";
                            events: {
                                /** @enum {unknown} */
                                status: "created" | "dispatched" | "delivered";
                                description: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
