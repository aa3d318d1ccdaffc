package io.loginwatch.ingest;

/** One real-shaped delivery per vendor (from the shared fixtures), shown in the OpenAPI document. */
final class VendorExamples {

    static final String OKTA = """
            {
              "eventType": "com.okta.event_hook",
              "eventTypeVersion": "1.0",
              "cloudEventsVersion": "0.1",
              "source": "https://example.okta.com/api/v1/eventHooks/who5ex4mpleHook0697",
              "eventId": "0b9f7c1e-3d2a-4e6f-8a1b-9c0d1e2f3a44",
              "data": {
                "events": [
                  {
                    "actor": {
                      "id": "00u5ex4mpleAl1ce0697",
                      "type": "User",
                      "alternateId": "alice.nguyen@example.com",
                      "displayName": "Alice Nguyen",
                      "detailEntry": null
                    },
                    "client": {
                      "userAgent": {
                        "rawUserAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
                        "os": "Mac OS X",
                        "browser": "CHROME"
                      },
                      "zone": "null",
                      "device": "Computer",
                      "id": null,
                      "ipAddress": "198.51.100.23",
                      "geographicalContext": {
                        "city": "Seattle",
                        "state": "Washington",
                        "country": "United States",
                        "postalCode": "98101",
                        "geolocation": {
                          "lat": 47.6062,
                          "lon": -122.3321
                        }
                      }
                    },
                    "device": null,
                    "authenticationContext": {
                      "authenticationProvider": null,
                      "credentialProvider": null,
                      "credentialType": null,
                      "issuer": null,
                      "interface": null,
                      "authenticationStep": 0,
                      "rootSessionId": "idx1Ex4mpleAl1ceSess01",
                      "externalSessionId": "idx1Ex4mpleAl1ceSess01"
                    },
                    "displayMessage": "User login to Okta",
                    "eventType": "user.session.start",
                    "outcome": {
                      "result": "SUCCESS",
                      "reason": null
                    },
                    "published": "2025-03-04T14:58:21.304Z",
                    "securityContext": {
                      "asNumber": 64496,
                      "asOrg": "example isp",
                      "isp": "example isp",
                      "domain": "example.net",
                      "isProxy": false
                    },
                    "severity": "INFO",
                    "debugContext": {
                      "debugData": {
                        "requestId": "Z8c5dQex4mpleTx000001",
                        "requestUri": "/idp/idx/authenticators/poll",
                        "url": "/idp/idx/authenticators/poll?",
                        "threatSuspected": "false",
                        "behaviors": "{New Geo-Location=NEGATIVE, New Device=NEGATIVE, New IP=NEGATIVE, New State=NEGATIVE, New Country=NEGATIVE, Velocity=NEGATIVE, New City=NEGATIVE}",
                        "risk": "{level=LOW}"
                      }
                    },
                    "legacyEventType": "core.user_auth.login_success",
                    "transaction": {
                      "type": "WEB",
                      "id": "Z8c5dQex4mpleTx000001",
                      "detail": {}
                    },
                    "uuid": "6a3f1c2e-f90f-11ef-9b1a-0d5e4c3b2a11",
                    "version": "0",
                    "request": {
                      "ipChain": [
                        {
                          "ip": "198.51.100.23",
                          "geographicalContext": {
                            "city": "Seattle",
                            "state": "Washington",
                            "country": "United States",
                            "postalCode": "98101",
                            "geolocation": {
                              "lat": 47.6062,
                              "lon": -122.3321
                            }
                          },
                          "version": "V4",
                          "source": null
                        }
                      ]
                    },
                    "target": [
                      {
                        "id": "lae5ex4mplePwdA10697",
                        "type": "AuthenticatorEnrollment",
                        "alternateId": "unknown",
                        "displayName": "Password",
                        "detailEntry": null
                      },
                      {
                        "id": "0oa5ex4mpleDash0697",
                        "type": "AppInstance",
                        "alternateId": "Okta Dashboard",
                        "displayName": "Okta Dashboard",
                        "detailEntry": null
                      }
                    ]
                  }
                ]
              },
              "eventTime": "2025-03-04T15:02:03.913Z",
              "contentType": "application/json"
            }
            """;

    static final String ENTRA = """
            {
              "records": [
                {
                  "time": "2025-03-04T16:05:12.4431124Z",
                  "resourceId": "/tenants/8f4c2e1a-3b6d-4e9f-a1c2-5d7e9f0b1c3d/providers/Microsoft.aadiam",
                  "operationName": "Sign-in activity",
                  "operationVersion": "1.0",
                  "category": "SignInLogs",
                  "tenantId": "8f4c2e1a-3b6d-4e9f-a1c2-5d7e9f0b1c3d",
                  "resultType": "0",
                  "resultSignature": "None",
                  "durationMs": 0,
                  "callerIpAddress": "198.51.100.23",
                  "correlationId": "9c8b7a6f-5e4d-4c3b-a2f1-0e9d8c7b6a01",
                  "identity": "Alice Nguyen",
                  "Level": 4,
                  "location": "US",
                  "properties": {
                    "id": "2b8e4c1a-7d3f-4e9a-b5c6-0d1e2f3a4b00",
                    "createdDateTime": "2025-03-04T16:05:12.4431124+00:00",
                    "userDisplayName": "Alice Nguyen",
                    "userPrincipalName": "alice.nguyen@example.com",
                    "userId": "3c1f5e7a-0b2d-4f6e-9a8c-1d3e5f7a9b01",
                    "appId": "c44b4083-3bb0-49c1-b47d-974e53cbdf3c",
                    "appDisplayName": "Azure Portal",
                    "ipAddress": "198.51.100.23",
                    "status": {
                      "errorCode": 0,
                      "additionalDetails": "MFA completed in Azure AD"
                    },
                    "clientAppUsed": "Browser",
                    "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0",
                    "deviceDetail": {
                      "deviceId": "",
                      "displayName": "",
                      "operatingSystem": "Windows 10",
                      "browser": "Edge 133.0.0",
                      "isCompliant": false,
                      "isManaged": false,
                      "trustType": ""
                    },
                    "location": {
                      "city": "Seattle",
                      "state": "Washington",
                      "countryOrRegion": "US",
                      "geoCoordinates": {
                        "latitude": 47.60621,
                        "longitude": -122.33207
                      }
                    },
                    "mfaDetail": {
                      "authMethod": "Mobile app notification",
                      "authDetail": null
                    },
                    "correlationId": "9c8b7a6f-5e4d-4c3b-a2f1-0e9d8c7b6a01",
                    "conditionalAccessStatus": "success",
                    "appliedConditionalAccessPolicies": [
                      {
                        "id": "0a1b2c3d-1111-4aaa-8bbb-000000000001",
                        "displayName": "CA001: Require MFA for all users",
                        "enforcedGrantControls": [
                          "Mfa"
                        ],
                        "enforcedSessionControls": [],
                        "result": "success",
                        "conditionsSatisfied": 3,
                        "conditionsNotSatisfied": 0
                      }
                    ],
                    "originalRequestId": "2b8e4c1a-7d3f-4e9a-b5c6-0d1e2f3a4b00",
                    "isInteractive": true,
                    "tokenIssuerName": "",
                    "tokenIssuerType": "AzureAD",
                    "authenticationProcessingDetails": [
                      {
                        "key": "Legacy TLS (TLS 1.0, 1.1, 3DES)",
                        "value": "False"
                      },
                      {
                        "key": "Is CAE Token",
                        "value": "False"
                      }
                    ],
                    "networkLocationDetails": [],
                    "processingTimeInMilliseconds": 143,
                    "riskDetail": "none",
                    "riskLevelAggregated": "none",
                    "riskLevelDuringSignIn": "none",
                    "riskState": "none",
                    "riskEventTypes": [],
                    "riskEventTypes_v2": [],
                    "resourceDisplayName": "Windows Azure Service Management API",
                    "resourceId": "797f4846-ba00-4fd7-ba43-dac1f8f63013",
                    "resourceTenantId": "8f4c2e1a-3b6d-4e9f-a1c2-5d7e9f0b1c3d",
                    "homeTenantId": "8f4c2e1a-3b6d-4e9f-a1c2-5d7e9f0b1c3d",
                    "authenticationDetails": [
                      {
                        "authenticationStepDateTime": "2025-03-04T16:05:12.4431124+00:00",
                        "authenticationMethod": "Password",
                        "authenticationMethodDetail": null,
                        "succeeded": true,
                        "authenticationStepResultDetail": "Correct password",
                        "authenticationStepRequirement": "Primary authentication",
                        "StatusSequence": 0,
                        "RequestSequence": 0
                      },
                      {
                        "authenticationStepDateTime": "2025-03-04T16:05:09.1020000+00:00",
                        "authenticationMethod": "Mobile app notification",
                        "authenticationMethodDetail": null,
                        "succeeded": true,
                        "authenticationStepResultDetail": "MFA successfully completed",
                        "authenticationStepRequirement": "Primary authentication",
                        "StatusSequence": 1,
                        "RequestSequence": 0
                      }
                    ],
                    "authenticationRequirementPolicies": [],
                    "authenticationRequirement": "multiFactorAuthentication",
                    "servicePrincipalId": "",
                    "userType": "Member",
                    "flaggedForReview": false,
                    "isTenantRestricted": false,
                    "autonomousSystemNumber": 64496,
                    "crossTenantAccessType": "none",
                    "privateLinkDetails": {},
                    "ssoExtensionVersion": "",
                    "uniqueTokenIdentifier": "2b8e4c1a7d3f4e9ab5c60dAA",
                    "incomingTokenType": "none",
                    "authenticationProtocol": "none",
                    "sessionId": "0f3d9a2c-6b1e-4c8d-9e7f-a1b2c3d4e501"
                  }
                }
              ]
            }
            """;

    static final String CLOUDTRAIL = """
            {
              "Records": [
                {
                  "eventVersion": "1.09",
                  "userIdentity": {
                    "type": "IAMUser",
                    "principalId": "AIDAEXAMPLEALICE0001",
                    "arn": "arn:aws:iam::111122223333:user/alice.nguyen",
                    "accountId": "111122223333",
                    "userName": "alice.nguyen"
                  },
                  "eventTime": "2025-03-04T17:10:03Z",
                  "eventSource": "signin.amazonaws.com",
                  "eventName": "ConsoleLogin",
                  "awsRegion": "us-east-1",
                  "sourceIPAddress": "198.51.100.23",
                  "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
                  "requestParameters": null,
                  "responseElements": {
                    "ConsoleLogin": "Success"
                  },
                  "additionalEventData": {
                    "LoginTo": "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFromTB_us-east-1_0f1e2d3c4b5a6978",
                    "MobileVersion": "No",
                    "MFAIdentifier": "arn:aws:iam::111122223333:mfa/alice-iphone",
                    "MFAUsed": "Yes"
                  },
                  "eventID": "5b0c1f3e-2d4a-4c6e-9f1a-7e3b2c1d0a01",
                  "readOnly": false,
                  "eventType": "AwsConsoleSignIn",
                  "managementEvent": true,
                  "recipientAccountId": "111122223333",
                  "eventCategory": "Management",
                  "tlsDetails": {
                    "tlsVersion": "TLSv1.3",
                    "cipherSuite": "TLS_AES_128_GCM_SHA256",
                    "clientProvidedHostHeader": "signin.aws.amazon.com"
                  }
                }
              ]
            }
            """;

    static final String WORKSPACE = """
            {
              "kind": "admin#reports#activities",
              "etag": "\\"Hx7EXAMPLEetagForFixturesOnly/page1\\"",
              "items": [
                {
                  "kind": "admin#reports#activity",
                  "id": {
                    "time": "2025-03-04T18:00:07.512Z",
                    "uniqueQualifier": "4811620000000000001",
                    "applicationName": "login",
                    "customerId": "C03ex4mpl"
                  },
                  "etag": "\\"Hx7EXAMPLEetagForFixturesOnly/a01\\"",
                  "actor": {
                    "callerType": "USER",
                    "email": "alice.nguyen@example.com",
                    "profileId": "104233812345678900001"
                  },
                  "ipAddress": "198.51.100.23",
                  "networkInfo": {
                    "ipAsn": [
                      64496
                    ],
                    "regionCode": "US",
                    "subdivisionCode": "US-WA"
                  },
                  "events": [
                    {
                      "type": "login",
                      "name": "login_success",
                      "parameters": [
                        {
                          "name": "login_type",
                          "value": "google_password"
                        },
                        {
                          "name": "login_challenge_method",
                          "multiValue": [
                            "password",
                            "google_prompt"
                          ]
                        },
                        {
                          "name": "is_suspicious",
                          "boolValue": false
                        }
                      ]
                    }
                  ]
                }
              ],
              "nextPageToken": "A:1741111200250000:4811620000000000006:EXAMPLEpageToken"
            }
            """;

    static final String GCP = """
            {
              "message": {
                "attributes": {
                  "logging.googleapis.com/timestamp": "2025-03-04T19:12:00.311Z"
                },
                "data": "eyJwcm90b1BheWxvYWQiOnsiQHR5cGUiOiJ0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5jbG91ZC5hdWRpdC5BdWRpdExvZyIsInN0YXR1cyI6e30sImF1dGhlbnRpY2F0aW9uSW5mbyI6eyJwcmluY2lwYWxFbWFpbCI6ImFsaWNlLm5ndXllbkBleGFtcGxlLmNvbSIsInByaW5jaXBhbFN1YmplY3QiOiJ1c2VyOmFsaWNlLm5ndXllbkBleGFtcGxlLmNvbSJ9LCJyZXF1ZXN0TWV0YWRhdGEiOnsiY2FsbGVySXAiOiIxOTguNTEuMTAwLjIzIiwiY2FsbGVyU3VwcGxpZWRVc2VyQWdlbnQiOiJNb3ppbGxhLzUuMCAoTWFjaW50b3NoOyBJbnRlbCBNYWMgT1MgWCAxMF8xNV83KSBBcHBsZVdlYktpdC81MzcuMzYgKEtIVE1MLCBsaWtlIEdlY2tvKSBDaHJvbWUvMTMzLjAuMC4wIFNhZmFyaS81MzcuMzYsZ3ppcChnZmUpLGd6aXAoZ2ZlKSIsInJlcXVlc3RBdHRyaWJ1dGVzIjp7InRpbWUiOiIyMDI1LTAzLTA0VDE5OjEyOjAwLjQwMloiLCJhdXRoIjp7fX0sImRlc3RpbmF0aW9uQXR0cmlidXRlcyI6e319LCJzZXJ2aWNlTmFtZSI6ImNvbXB1dGUuZ29vZ2xlYXBpcy5jb20iLCJtZXRob2ROYW1lIjoidjEuY29tcHV0ZS5pbnN0YW5jZXMuc2V0TWV0YWRhdGEiLCJhdXRob3JpemF0aW9uSW5mbyI6W3sicmVzb3VyY2UiOiJwcm9qZWN0cy9leGFtcGxlLXByb2QtNDcxMS96b25lcy91cy13ZXN0MS1hL2luc3RhbmNlcy93ZWItMDIiLCJwZXJtaXNzaW9uIjoiY29tcHV0ZS5pbnN0YW5jZXMuc2V0TWV0YWRhdGEiLCJncmFudGVkIjp0cnVlLCJyZXNvdXJjZUF0dHJpYnV0ZXMiOnsic2VydmljZSI6ImNvbXB1dGUiLCJuYW1lIjoicHJvamVjdHMvZXhhbXBsZS1wcm9kLTQ3MTEvem9uZXMvdXMtd2VzdDEtYS9pbnN0YW5jZXMvd2ViLTAyIiwidHlwZSI6ImNvbXB1dGUuaW5zdGFuY2VzIn0sInBlcm1pc3Npb25UeXBlIjoiQURNSU5fV1JJVEUifV0sInJlc291cmNlTmFtZSI6InByb2plY3RzL2V4YW1wbGUtcHJvZC00NzExL3pvbmVzL3VzLXdlc3QxLWEvaW5zdGFuY2VzL3dlYi0wMiIsInJlc291cmNlTG9jYXRpb24iOnsiY3VycmVudExvY2F0aW9ucyI6WyJ1cy13ZXN0MS1hIl19LCJyZXF1ZXN0Ijp7IkB0eXBlIjoidHlwZS5nb29nbGVhcGlzLmNvbS9jb21wdXRlLmluc3RhbmNlcy5zZXRNZXRhZGF0YSJ9LCJtZXRhZGF0YSI6eyJAdHlwZSI6InR5cGUuZ29vZ2xlYXBpcy5jb20vZ29vZ2xlLmNsb3VkLmF1ZGl0LkdjZUluc3RhbmNlQXVkaXRNZXRhZGF0YSIsImluc3RhbmNlTWV0YWRhdGFEZWx0YSI6eyJhZGRlZE1ldGFkYXRhS2V5cyI6WyJzc2gta2V5cyJdfX19LCJpbnNlcnRJZCI6Ii1mM3gxYTllMms3cGMiLCJyZXNvdXJjZSI6eyJ0eXBlIjoiZ2NlX2luc3RhbmNlIiwibGFiZWxzIjp7InByb2plY3RfaWQiOiJleGFtcGxlLXByb2QtNDcxMSIsInpvbmUiOiJ1cy13ZXN0MS1hIiwiaW5zdGFuY2VfaWQiOiI1NTEyMzQ1Njc4OTAxMjMwMDAwIn19LCJ0aW1lc3RhbXAiOiIyMDI1LTAzLTA0VDE5OjEyOjAwLjMxMVoiLCJzZXZlcml0eSI6Ik5PVElDRSIsImxvZ05hbWUiOiJwcm9qZWN0cy9leGFtcGxlLXByb2QtNDcxMS9sb2dzL2Nsb3VkYXVkaXQuZ29vZ2xlYXBpcy5jb20lMkZhY3Rpdml0eSIsIm9wZXJhdGlvbiI6eyJpZCI6Im9wZXJhdGlvbi0xNzQxMTE1NTIwMzAwLTYyZjFhMmIzYzRkNmYtN2E4YjljMGQtMWUyZjNhNGIiLCJwcm9kdWNlciI6ImNvbXB1dGUuZ29vZ2xlYXBpcy5jb20iLCJmaXJzdCI6dHJ1ZX0sInJlY2VpdmVUaW1lc3RhbXAiOiIyMDI1LTAzLTA0VDE5OjEyOjAxLjA5MDAxNzczM1oifQ==",
                "messageId": "13920000000000001",
                "message_id": "13920000000000001",
                "publishTime": "2025-03-04T19:12:02.117Z",
                "publish_time": "2025-03-04T19:12:02.117Z"
              },
              "subscription": "projects/example-sec-0042/subscriptions/audit-logs-to-loginwatch"
            }
            """;

    static final String OCSF = """
            {
              "metadata": {
                "product": {
                  "version": "1.09",
                  "name": "CloudTrail",
                  "vendor_name": "AWS",
                  "feature": {
                    "name": "Management"
                  }
                },
                "uid": "5b0c1f3e-2d4a-4c6e-9f1a-7e3b2c1d0a01",
                "profiles": [
                  "cloud",
                  "datetime"
                ],
                "version": "1.1.0"
              },
              "time": 1741108203000,
              "time_dt": "2025-03-04T17:10:03.000Z",
              "cloud": {
                "region": "us-east-1",
                "provider": "AWS"
              },
              "api": {
                "response": {
                  "data": "{\\"ConsoleLogin\\":\\"Success\\"}"
                },
                "operation": "ConsoleLogin",
                "service": {
                  "name": "signin.amazonaws.com"
                },
                "request": {
                  "uid": ""
                }
              },
              "actor": {
                "user": {
                  "type": "IAMUser",
                  "name": "alice.nguyen",
                  "uid": "arn:aws:iam::111122223333:user/alice.nguyen",
                  "uid_alt": "AIDAEXAMPLEALICE0001",
                  "account": {
                    "uid": "111122223333"
                  }
                }
              },
              "http_request": {
                "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36"
              },
              "src_endpoint": {
                "ip": "198.51.100.23"
              },
              "user": {
                "type": "IAMUser",
                "name": "alice.nguyen",
                "uid": "arn:aws:iam::111122223333:user/alice.nguyen",
                "uid_alt": "AIDAEXAMPLEALICE0001",
                "account": {
                  "uid": "111122223333"
                }
              },
              "is_mfa": true,
              "dst_endpoint": {
                "svc_name": "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true"
              },
              "class_name": "Authentication",
              "class_uid": 3002,
              "category_name": "Identity & Access Management",
              "category_uid": 3,
              "severity_id": 1,
              "severity": "Informational",
              "activity_name": "Logon",
              "activity_id": 1,
              "type_uid": 300201,
              "type_name": "Authentication: Logon",
              "status": "Success",
              "status_id": 1,
              "unmapped": {
                "additionalEventData.MFAIdentifier": "arn:aws:iam::111122223333:mfa/alice-iphone",
                "additionalEventData.MobileVersion": "No",
                "recipientAccountId": "111122223333"
              },
              "observables": [
                {
                  "name": "src_endpoint.ip",
                  "type": "IP Address",
                  "type_id": 2,
                  "value": "198.51.100.23"
                },
                {
                  "name": "actor.user.name",
                  "type": "User Name",
                  "type_id": 4,
                  "value": "alice.nguyen"
                }
              ],
              "accountid": "111122223333",
              "region": "us-east-1",
              "asl_version": "2.0"
            }
            """;

    private VendorExamples() {}
}
