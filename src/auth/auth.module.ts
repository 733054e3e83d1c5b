import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { AppConfig } from '../config/app-config';
import { OfficersModule } from '../officers/officers.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { ClientAddressKey } from './client-address-key';
import { AuthSessionEntity } from './entities/auth-session.entity';
import { LoginThrottleEntity } from './entities/login-throttle.entity';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JWT_AUDIENCE, JWT_ISSUER, JwtStrategy } from './jwt.strategy';
import { LoginThrottleRepository } from './login-throttle.repository';
import { MeService } from './me.service';
import { PermissionsGuard } from './permissions.guard';
import { SessionsRepository } from './sessions.repository';
import { jwtKey } from './jwt-key';
import { TotpService } from './totp.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AuthSessionEntity, LoginThrottleEntity]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        return {
          // a KeyObject (jsonwebtoken accepts one; the typings say string | Buffer)
          secret: jwtKey(config) as unknown as string,
          signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
          verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
        };
      },
    }),
    OfficersModule,
    AuditModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    ClientAddressKey,
    MeService,
    TotpService,
    JwtStrategy,
    LoginThrottleRepository,
    SessionsRepository,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PermissionsGuard },
  ],
})
export class AuthModule {}
